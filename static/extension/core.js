// Clickline beside every requester on worker.mturk.com: task lists, task
// previews and the queue. Shared by the WebExtension and the userscript.
//
// One batched call per page to Clickline's bulk lookup (and one for the
// strike calls against the whole platform); nothing about the reader is sent: no cookies, no
// referrer, no identifiers. Everything shown is built as text nodes, never
// as markup, since names come from other people.
var Clickline = (function () {
  "use strict";

  var PLATFORM = "mturk";
  var MAX_IDS = 100;
  // Only what the badge shows: the bulk lookup then answers a few hundred
  // bytes per requester instead of whole scorecards.
  var FIELDS = "all.hourly_pay_usd,all.unpaid_rate,all.rejection_rate,all.ratings,all.vouched,held_for_review,active_strikes";
  var LINK = /\/requesters\/([A-Za-z0-9]{2,64})(?:[/?#]|$)/;
  var lang = clicklineLanguage(
    typeof navigator !== "undefined" ? navigator.languages || [navigator.language] : []
  );

  function t(key, vars) {
    var text = (CLICKLINE_MESSAGES[lang] || {})[key] || CLICKLINE_MESSAGES.en[key] || key;
    Object.keys(vars || {}).forEach(function (name) {
      text = text.split("{" + name + "}").join(String(vars[name]));
    });
    return text;
  }

  // An http(s) address without a trailing slash, or null.
  function address(raw) {
    try {
      var url = new URL(String(raw || "").trim());
      if (url.protocol !== "https:" && url.protocol !== "http:") return null;
      return (url.origin + url.pathname).replace(/\/+$/, "");
    } catch (e) {
      return null;
    }
  }

  function fetchJson(url) {
    return fetch(url, {
      credentials: "omit",
      referrerPolicy: "no-referrer",
      headers: { Accept: "application/json" }
    }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    });
  }

  // What the page's React props say about each requester's task (name,
  // title, reward): MTurk renders its lists, previews and queue from them.
  function tasksFromProps(doc) {
    var found = {};
    doc.querySelectorAll("[data-react-props]").forEach(function (element) {
      try {
        walk(JSON.parse(element.getAttribute("data-react-props")), found, 0);
      } catch (e) {
        // Props that are not JSON describe no task.
      }
    });
    return found;
  }

  function walk(value, found, depth) {
    if (!value || typeof value !== "object" || depth > 12) return;
    if (Array.isArray(value)) {
      value.forEach(function (item) { walk(item, found, depth + 1); });
      return;
    }
    var id = value.requester_id || value.requesterId;
    if (typeof id === "string" && !found[id]) {
      var reward = value.monetary_reward || value.monetaryReward || {};
      var amount = reward.amount_in_dollars !== undefined ? reward.amount_in_dollars : reward.amountInDollars;
      found[id] = {
        name: value.requester_name || value.requesterName || "",
        title: value.title || value.projectTitle || "",
        reward: typeof amount === "number" && isFinite(amount) ? amount : null
      };
    }
    Object.keys(value).forEach(function (key) { walk(value[key], found, depth + 1); });
  }

  // Links to requesters not annotated yet.
  function requesterLinks(doc) {
    var links = [];
    doc.querySelectorAll("a[href*='/requesters/']").forEach(function (anchor) {
      // Only MTurk's own links, never the notes' links to Clickline.
      if (anchor.hasAttribute("data-clickline") || anchor.closest(".clickline")) return;
      if (anchor.hostname !== doc.location.hostname) return;
      var match = LINK.exec(anchor.getAttribute("href") || "");
      if (!match) return;
      anchor.setAttribute("data-clickline", match[1]);
      links.push({ anchor: anchor, id: match[1] });
    });
    return links;
  }

  function element(doc, tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function link(doc, href, text) {
    var anchor = element(doc, "a", "clickline-link", text);
    anchor.href = href;
    anchor.target = "_blank";
    anchor.rel = "noopener noreferrer";
    return anchor;
  }

  function percent(rate) {
    return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(rate);
  }

  function dollars(value) {
    return new Intl.NumberFormat(lang, { style: "currency", currency: "USD" }).format(value);
  }

  // "Not enough data" wherever a figure has none, never 0.
  function figures(card) {
    var all = card.all || {};
    var none = t("not_enough");
    var hourly = all.hourly_pay_usd && typeof all.hourly_pay_usd.median === "number";
    var parts = [
      t("hourly", { value: hourly ? dollars(all.hourly_pay_usd.median) : none }),
      t("unpaid", { value: typeof all.unpaid_rate === "number" ? percent(all.unpaid_rate) : none }),
      t("rejected", { value: typeof all.rejection_rate === "number" ? percent(all.rejection_rate) : none }),
      all.ratings === 1 ? t("ratings_one") : t("ratings_many", { n: all.ratings || 0 })
    ];
    if (all.vouched > 0) parts.push(t("vouched", { n: all.vouched }));
    if (card.held_for_review > 0) parts.push(t("held", { n: card.held_for_review }));
    return parts;
  }

  // The title in the reader's language where organizers translated it,
  // else as written, marked with the language it is in.
  function strikeBanner(doc, base, strike, key) {
    var banner = element(doc, "span", "clickline-strike");
    banner.setAttribute("role", "note");
    var translated = (strike.translations || {})[lang];
    var title = element(doc, "span", "clickline-strike-title", translated ? translated.title : strike.title);
    var titleLang = translated ? lang : strike.language || "en";
    title.setAttribute("lang", titleLang);
    title.setAttribute("dir", titleLang === "ar" || titleLang === "ur" ? "rtl" : "ltr");
    var around = t(key, { title: "\u0000" }).split("\u0000");
    banner.appendChild(doc.createTextNode(around[0]));
    banner.appendChild(title);
    banner.appendChild(doc.createTextNode((around[1] || "") + " "));
    banner.appendChild(link(doc, base + "/strikes/" + encodeURIComponent(strike.id), t("strike_link")));
    return banner;
  }

  function rateHref(base, id, task) {
    var query = new URLSearchParams({ platform: PLATFORM, requester_id: id });
    if (task && task.name) query.set("requester_name", task.name);
    if (task && task.reward !== null && task.reward !== undefined) {
      query.set("pay", String(task.reward));
      query.set("currency", "USD");
    }
    if (task && task.title) query.set("title", task.title);
    return base + "/rate?" + query.toString();
  }

  function badge(doc, base, id, card, task, platformStrikes) {
    var box = element(doc, "span", "clickline");
    box.setAttribute("lang", lang);
    box.setAttribute("dir", lang === "ar" || lang === "ur" ? "rtl" : "ltr");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", t("heading"));
    box.setAttribute("data-clickline-for", id);
    var strikes = card
      ? (card.active_strikes || []).map(function (s) { return [s, "strike"]; })
      : platformStrikes.map(function (s) { return [s, "platform_strike"]; });
    strikes.forEach(function (pair) { box.appendChild(strikeBanner(doc, base, pair[0], pair[1])); });
    box.appendChild(element(doc, "strong", "clickline-heading", t("heading") + " "));
    var text = card ? figures(card).join(" · ") : t("no_ratings");
    box.appendChild(element(doc, "span", "clickline-figures", text));
    var links = element(doc, "span", "clickline-links");
    if (card) {
      links.appendChild(link(doc, base + "/requesters/" + PLATFORM + "/" + encodeURIComponent(id), t("scorecard")));
      links.appendChild(doc.createTextNode(" · "));
    }
    links.appendChild(link(doc, rateHref(base, id, task), t("rate")));
    box.appendChild(links);
    return box;
  }

  function note(doc, text) {
    var box = element(doc, "span", "clickline clickline-problem", text);
    box.setAttribute("lang", lang);
    return box;
  }

  function place(anchor, node) {
    anchor.parentNode.insertBefore(node, anchor.nextSibling);
  }

  var platformStrikes = null;

  // Annotates the requester links not done yet: one bulk call per batch.
  function annotate(doc, options) {
    var links = requesterLinks(doc);
    if (!links.length) return Promise.resolve(0);
    var base = address(options.address);
    if (!base) {
      place(links[0].anchor, note(doc, t("no_address")));
      return Promise.resolve(0);
    }
    var ids = [];
    links.forEach(function (l) { if (ids.indexOf(l.id) < 0) ids.push(l.id); });
    ids = ids.slice(0, MAX_IDS);
    var tasks = tasksFromProps(doc);
    var bulk = options.fetchJson(base + "/api/v1/requesters?platform=" + PLATFORM +
      "&ids=" + ids.map(encodeURIComponent).join(",") + "&fields=" + FIELDS);
    if (platformStrikes === null) {
      // Strikes against all of MTurk, for requesters nobody rated yet (a
      // scorecard already lists the strikes that concern its requester).
      platformStrikes = options.fetchJson(base + "/api/v1/strikes")
        .then(function (strikes) {
          return (strikes || []).filter(function (s) {
            return s.platform === PLATFORM && !(s.requester_ids || []).length &&
              (s.status === "announced" || s.status === "active");
          });
        })
        .catch(function () { return []; });
    }
    return Promise.all([bulk, platformStrikes]).then(function (answers) {
      var cards = {};
      (answers[0] || []).forEach(function (card) { cards[card.requester_id] = card; });
      links.forEach(function (l) {
        if (ids.indexOf(l.id) < 0) return;
        place(l.anchor, badge(doc, base, l.id, cards[l.id] || null, tasks[l.id], answers[1]));
      });
      return links.length;
    }).catch(function () {
      place(links[0].anchor, note(doc, t("unreachable")));
      return 0;
    });
  }

  // Annotates now and whenever the page adds requester links.
  function run(doc, options) {
    var pending = null;
    var done = annotate(doc, options);
    if (typeof MutationObserver !== "undefined" && doc.body) {
      new MutationObserver(function () {
        clearTimeout(pending);
        pending = setTimeout(function () { annotate(doc, options); }, 300);
      }).observe(doc.body, { childList: true, subtree: true });
    }
    return done;
  }

  return { run: run, annotate: annotate, address: address, fetchJson: fetchJson, t: t, lang: lang };
})();
