package org.guildhall.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Checks that a port is free before something is started on it, with a message that says what to change. */
final class Ports {

    private Ports() {
    }

    static void requireFree(int port, String setting) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use; stop what uses it or set " + setting);
        }
    }
}
