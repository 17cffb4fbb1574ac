// The WebExtension's start: the address the options page saved, else the
// one the extension was served with.
(function () {
  "use strict";
  var storage = typeof chrome !== "undefined" && chrome.storage && chrome.storage.local;
  function start(saved) {
    Clickline.run(document, {
      address: saved || CLICKLINE_DEFAULT_ADDRESS,
      fetchJson: Clickline.fetchJson
    });
  }
  if (!storage) {
    start("");
    return;
  }
  storage.get({ address: "" }, function (items) {
    start(items && items.address);
  });
})();
