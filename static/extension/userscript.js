// The userscript's start (Tampermonkey, Violentmonkey): the address is the
// site that served this script (CLICKLINE_DEFAULT_ADDRESS above); edit it
// there to use another. Requests go through GM_xmlhttpRequest where the
// manager offers it (never with cookies), else through fetch.
(function () {
  "use strict";
  if (typeof GM_addStyle === "function") {
    GM_addStyle(CLICKLINE_CSS);
  } else {
    var style = document.createElement("style");
    style.textContent = CLICKLINE_CSS;
    document.head.appendChild(style);
  }
  function gmFetchJson(url) {
    if (typeof GM_xmlhttpRequest !== "function") return Clickline.fetchJson(url);
    return new Promise(function (resolve, reject) {
      GM_xmlhttpRequest({
        method: "GET",
        url: url,
        anonymous: true,
        headers: { Accept: "application/json" },
        onload: function (response) {
          if (response.status < 200 || response.status > 299) {
            reject(new Error("HTTP " + response.status));
            return;
          }
          try {
            resolve(JSON.parse(response.responseText));
          } catch (e) {
            reject(e);
          }
        },
        onerror: reject
      });
    });
  }
  Clickline.run(document, { address: CLICKLINE_DEFAULT_ADDRESS, fetchJson: gmFetchJson });
})();
