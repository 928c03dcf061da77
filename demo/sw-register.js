// Registers the demo portal's service worker (sw.js), which keeps the guides working offline.
// The page enforces Trusted Types, so the worker's address goes through the portal's own policy.
if ('serviceWorker' in navigator) {
  const policy = globalThis.trustedTypes?.createPolicy('demo-portal', {
    createScriptURL: (url) => {
      if (url !== 'sw.js') throw new TypeError(`not the demo's service worker: ${url}`);
      return url;
    },
  });
  navigator.serviceWorker.register(policy ? policy.createScriptURL('sw.js') : 'sw.js').catch((error) => {
    console.warn('The demo works online only: its service worker did not register.', error);
  });
}
