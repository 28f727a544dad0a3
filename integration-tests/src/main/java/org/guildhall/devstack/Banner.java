package org.guildhall.devstack;

import java.util.Map;

/** What the newcomer reads once the portal is up. */
final class Banner {

    private Banner() {
    }

    static void print(DevSettings settings, Map<String, String> env) {
        String url = "http://localhost:" + settings.port() + "/";
        StringBuilder text = new StringBuilder()
                .append("\n  Guildhall is running at ").append(url).append('\n')
                .append("  REST API: ").append(url).append("api/v1   OpenAPI: ").append(url).append("openapi")
                .append("   Health: ").append(url).append("health/ready\n")
                .append("  Data: ").append(settings.home()).append("   Logs: ").append(settings.home().resolve("logs")).append('\n');
        if ("true".equals(env.get("GUILDHALL_DEMO_ENABLED"))) {
            text.append("\n  Demo accounts (password: guildhall-demo):\n")
                    .append("    admin          admin\n")
                    .append("    rep            member-rep of National Blockchain Infrastructure Centre\n")
                    .append("    rep-shenzhen, rep-research, rep-eu   member-reps of the other members\n")
                    .append("    community      community member\n")
                    .append("    operator       node-operator\n")
                    .append("    reviewer       reviewer\n")
                    .append("    auditor        auditor\n");
        }
        text.append("\n  Ctrl-C stops everything.\n");
        System.out.println(text);
    }
}
