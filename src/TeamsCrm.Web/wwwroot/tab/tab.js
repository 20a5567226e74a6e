// The tab's browser side: Teams context, theme and single sign-on. Served by the app with teams-js
// (lib/teams-js, pinned in package.json); no inline scripts (the Content-Security-Policy forbids them).
(function () {
  "use strict";

  let teams = null; // Promise<boolean>: whether the page runs inside a Teams (or Microsoft 365) host.

  function initialize() {
    if (!teams) {
      teams = (async () => {
        if (window.parent === window || typeof microsoftTeams === "undefined") {
          return false;
        }
        try {
          await microsoftTeams.app.initialize();
          return true;
        } catch {
          return false;
        }
      })();
    }
    return teams;
  }

  function queryTheme() {
    const theme = new URLSearchParams(window.location.search).get("theme");
    return theme === "dark" || theme === "contrast" ? theme : "default";
  }

  // Teams' themes: "default", "dark", "contrast". Fluent UI Blazor's Teams theme in light or dark mode sets the
  // design tokens; the page's own high-contrast styles key on data-theme.
  function applyTheme(theme) {
    const known = theme === "dark" || theme === "contrast" ? theme : "default";
    document.documentElement.dataset.theme = known;
    const fluent = window.Blazor && window.Blazor.theme;
    if (fluent && fluent.setTeamsTheme && fluent.setThemeMode) {
      fluent.setTeamsTheme();
      fluent.setThemeMode(known === "default" ? "light" : "dark");
    }
  }

  // Called by the page (TeamsHost) once it is interactive: applies Teams' theme, now and on every change.
  async function connect() {
    let theme = queryTheme();
    if (await initialize()) {
      const context = await microsoftTeams.app.getContext();
      theme = context.app.theme || theme;
      // A chat card's "Open in Teams tab" deep link opens My CRM with the account as its sub-page: go on to it.
      const subPage = context.page && context.page.subPageId;
      if (subPage && subPage.startsWith("account:") && window.location.pathname === "/tab/me") {
        window.location.replace("/tab/accounts/" + encodeURIComponent(subPage.substring("account:".length)));
        return theme;
      }
      // A chat insights card's "Open insights" opens My CRM with "insights:{section}": go on to that section of the page.
      if (subPage && subPage.startsWith("insights:") && window.location.pathname === "/tab/me") {
        window.location.replace("/tab/insights#" + encodeURIComponent(subPage.substring("insights:".length)));
        return theme;
      }
      microsoftTeams.app.registerOnThemeChangeHandler(applyTheme);
    }
    applyTheme(theme);
    document.documentElement.dataset.crmLive = "true";
    return theme;
  }

  // The browser's time zone (e.g. "Europe/Berlin"): it goes into the session, so the server shows local times at once.
  function timeZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
    } catch {
      return null;
    }
  }

  function show(section, state) {
    for (const p of section.querySelectorAll("[data-state]")) {
      p.hidden = p.dataset.state !== state;
    }
  }

  // The sign-in page: Teams' SSO token, exchanged once for a tab session; then back to where the person was going.
  async function signIn(section) {
    if (!(await initialize())) {
      show(section, "outside-teams");
      return;
    }
    try {
      const context = await microsoftTeams.app.getContext();
      const token = await microsoftTeams.authentication.getAuthToken();
      const response = await fetch("/tab/session", {
        method: "POST",
        headers: { "Authorization": "Bearer " + token, "Content-Type": "application/json" },
        body: JSON.stringify({ locale: context.app.locale, timeZone: timeZone() }),
        credentials: "same-origin",
      });
      if (!response.ok) {
        throw new Error("The session was refused: " + response.status);
      }
      window.location.replace(section.dataset.returnUrl || "/tab/me");
    } catch {
      show(section, "failed");
    }
  }

  // The configuration page chose an account: Teams may save the tab now. On Save the page links the channel to the
  // account (the server answers a reason when it cannot), then the tab's page, entity id and name are set.
  async function offerTabConfig(dotnet, config) {
    if (!(await initialize())) {
      return false;
    }
    const context = await microsoftTeams.app.getContext();
    const page = window.location.origin + config.page;
    microsoftTeams.pages.config.registerOnSaveHandler(async (save) => {
      try {
        const failure = await dotnet.invokeMethodAsync("SaveAsync", context.channel ? context.channel.id : null, context.team ? context.team.internalId : null);
        if (failure) {
          save.notifyFailure(failure);
          return;
        }
        await microsoftTeams.pages.config.setConfig({
          entityId: config.entityId,
          contentUrl: page + "?theme={theme}",
          websiteUrl: page,
          suggestedDisplayName: config.suggestedDisplayName,
        });
        save.notifySuccess();
      } catch (error) {
        save.notifyFailure(String(error));
      }
    });
    microsoftTeams.pages.config.setValidityState(true);
    return true;
  }

  // A link to a section of a page (/tab/insights#risk): bring the section into view, and keep it there while the page
  // settles (sections that render or grow after the first paint move it), until the person scrolls, types or taps
  // themselves, or 10 s have passed.
  function scrollToSection() {
    const id = decodeURIComponent(window.location.hash.substring(1));
    if (!id) {
      return;
    }
    let frame = 0;
    const reveal = () => {
      frame = 0;
      const target = document.getElementById(id);
      if (target) {
        target.scrollIntoView({ block: "start" });
      }
    };
    const observer = new MutationObserver(() => {
      if (!frame) {
        frame = requestAnimationFrame(reveal);
      }
    });
    const stop = () => {
      observer.disconnect();
      for (const type of ["wheel", "touchstart", "keydown", "mousedown"]) {
        window.removeEventListener(type, stop, true);
      }
    };
    for (const type of ["wheel", "touchstart", "keydown", "mousedown"]) {
      window.addEventListener(type, stop, true);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    reveal();
    setTimeout(stop, 10000);
  }

  applyTheme(queryTheme());
  window.crmTab = { connect, initialize, offerTabConfig };
  document.addEventListener("DOMContentLoaded", () => {
    for (const input of document.querySelectorAll("input[data-crm-time-zone]")) {
      input.value = timeZone() || "";
    }
    const section = document.getElementById("crm-sign-in");
    if (section) {
      signIn(section);
    }
    scrollToSection();
  });
})();
