// The options page: the one setting, Clickline's address, kept in the
// browser's extension storage (never sent anywhere).
(function () {
  "use strict";
  document.documentElement.lang = Clickline.lang;
  document.documentElement.dir = Clickline.lang === "ar" || Clickline.lang === "ur" ? "rtl" : "ltr";
  document.querySelectorAll("[data-message]").forEach(function (node) {
    node.textContent = Clickline.t(node.getAttribute("data-message"));
  });
  document.title = Clickline.t("options_title");
  var input = document.getElementById("address");
  var status = document.getElementById("status");
  var storage = chrome.storage.local;
  storage.get({ address: "" }, function (items) {
    input.value = (items && items.address) || CLICKLINE_DEFAULT_ADDRESS;
  });
  document.getElementById("options").addEventListener("submit", function (event) {
    event.preventDefault();
    var address = Clickline.address(input.value);
    if (!address) {
      status.textContent = Clickline.t("options_invalid");
      input.setAttribute("aria-invalid", "true");
      return;
    }
    input.removeAttribute("aria-invalid");
    storage.set({ address: address }, function () {
      input.value = address;
      status.textContent = Clickline.t("options_saved");
    });
  });
})();
