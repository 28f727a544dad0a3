/*
 * The DID registration wizard: makes a P-256 key in the browser (WebCrypto), asks the registrar
 * (DIF Universal Registrar binding, client-managed secret mode) for the payload to sign, signs it here
 * and sends back only the signature. The private key never leaves the browser; the user downloads it.
 */
(function () {
  'use strict';
  var root = document.getElementById('did-wizard');
  var button = document.getElementById('wizard-register');
  if (!root || !button) {
    return;
  }
  var status = document.getElementById('wizard-status');
  var say = function (text) { status.textContent = text; };

  function base64url(bytes) {
    var text = '';
    new Uint8Array(bytes).forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function unbase64url(text) {
    var plain = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
    var bytes = new Uint8Array(plain.length);
    for (var i = 0; i < plain.length; i++) { bytes[i] = plain.charCodeAt(i); }
    return bytes;
  }

  function post(operation, body) {
    return fetch(root.dataset.registrar + operation + '?method=guild', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok || json.didState.state === 'failed') {
          throw new Error(json.didState && json.didState.reason ? json.didState.reason : ('HTTP ' + response.status));
        }
        return json;
      });
    });
  }

  button.addEventListener('click', function () {
    if (!window.crypto || !window.crypto.subtle) {
      say(root.dataset.msgNocrypto);
      return;
    }
    button.disabled = true;
    say(root.dataset.msgWorking);
    var domain = document.getElementById('wizard-domain').value;
    var service = document.getElementById('wizard-service').value.trim();
    var keys;
    var privateJwk;
    crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])
      .then(function (pair) {
        keys = pair;
        return Promise.all([crypto.subtle.exportKey('jwk', pair.publicKey), crypto.subtle.exportKey('jwk', pair.privateKey)]);
      })
      .then(function (exported) {
        privateJwk = exported[1];
        var draft = {
          '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
          verificationMethod: [{ id: '#key-1', type: 'JsonWebKey',
            publicKeyJwk: { kty: 'EC', crv: 'P-256', x: exported[0].x, y: exported[0].y } }],
          authentication: ['#key-1'],
          assertionMethod: ['#key-1']
        };
        if (service) {
          draft.service = [{ id: '#website', type: 'LinkedDomains', serviceEndpoint: service }];
        }
        return post('create', { options: { domain: domain, clientSecretMode: true }, secret: {}, didDocument: draft });
      })
      .then(function (started) {
        say(root.dataset.msgSigning);
        var request = started.didState.signingRequest.signingRequest1;
        return crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, unbase64url(request.serializedPayload))
          .then(function (signature) {
            return post('create', { jobId: started.jobId,
              secret: { signingResponse: { signingRequest1: { signature: base64url(signature) } } } });
          });
      })
      .then(function (finished) {
        var did = finished.didState.did;
        privateJwk.kid = did + '#key-1';
        var link = document.getElementById('wizard-did');
        link.textContent = did;
        link.href = root.dataset.resolver + encodeURIComponent(did);
        document.getElementById('wizard-version').textContent = finished.didDocumentMetadata.versionId;
        document.getElementById('wizard-key').href = URL.createObjectURL(
          new Blob([JSON.stringify(privateJwk, null, 2)], { type: 'application/json' }));
        document.getElementById('wizard-result').hidden = false;
        say(root.dataset.msgDone);
      })
      .catch(function (error) {
        say(root.dataset.msgFailed + ' ' + error.message);
        button.disabled = false;
      });
  });
}());
