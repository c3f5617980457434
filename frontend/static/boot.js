// Starts the web app. A file of its own, not a script inside index.html, so
// the page's Content-Security-Policy can forbid inline script. index.html
// loads it as /boot.js?v=<bundle>; the bundle's name comes from that URL.
const bundle = new URL(import.meta.url).searchParams.get('v') || '';

function failed() {
  const boot = document.getElementById('boot');
  if (boot) {
    boot.querySelector('p').textContent =
      '安全网格无法启动：请使用新版 Chrome、Edge、Firefox 或 Safari 浏览器。';
  }
}

if (/^safegrid-[0-9a-f]+$/.test(bundle)) {
  import(`/${bundle}.js`)
    .then((app) => app.default({ module_or_path: `/${bundle}_bg.wasm` }))
    .catch(failed);
} else {
  failed();
}

// The service worker keeps the app shell so the app opens with no signal.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {});
  });
}
