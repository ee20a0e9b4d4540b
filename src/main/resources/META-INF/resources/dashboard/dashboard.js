/*
 * The programme KPI dashboard: reads GET /api/v1/programme/kpis with the token the user signed in with and shows it.
 * Read-only. Everything the service sends is put into the page as text (textContent), never as HTML.
 */
(function () {
  'use strict';

  const API = '/api/v1/programme/kpis';
  const DEMO_TOKENS = '/dev/tokens';
  // The tab's session storage: the token goes when the tab is closed, and a sign-out removes it at once.
  const TOKEN_KEY = 'mobilisesme.dashboard.token';
  const ROLES_THAT_SEE_KPIS = { 'programme-admin': 'programme administrator', facilitator: 'facilitator' };
  const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

  const numbers = new Intl.NumberFormat('en-GB');
  const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const euros = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });
  const days = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const moments = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const countryNames = typeof Intl.DisplayNames === 'function'
    ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

  const page = {};
  let funnelChart = null;
  let lastKpis = null;

  document.addEventListener('DOMContentLoaded', start);

  function start() {
    for (const id of ['message', 'loading', 'sign-in', 'token-form', 'token', 'demo', 'demo-users', 'dashboard', 'who',
      'reload', 'sign-out', 'download-csv', 'funnel-chart', 'funnel-box', 'budget-lines', 'suppressed-note']) {
      page[id] = document.getElementById(id);
    }
    page['token-form'].addEventListener('submit', onPastedToken);
    page['sign-out'].addEventListener('click', signOut);
    page.reload.addEventListener('click', load);
    page['download-csv'].addEventListener('click', downloadCsv);
    offerDemoSignIn();
    if (token()) {
      load();
    } else {
      showSignIn();
    }
  }

  // --- Signing in and out ---------------------------------------------------------------------------------------

  function token() {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function onPastedToken(event) {
    event.preventDefault();
    const pasted = page.token.value.trim().replace(/^Bearer\s+/i, '');
    if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(pasted)) {
      showMessage('That does not look like an access token: a token is three parts of letters and digits joined by '
        + 'dots (a JWT). Paste the whole token.');
      page.token.focus();
      return;
    }
    signIn(pasted);
  }

  async function signIn(newToken) {
    sessionStorage.setItem(TOKEN_KEY, newToken);
    page.token.value = '';
    await load();
    if (!page.dashboard.hidden) {
      // Keyboard and screen reader users land on what they signed in for.
      document.getElementById('call-title').focus();
    }
  }

  function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    lastKpis = null;
    if (funnelChart) {
      funnelChart.destroy();
      funnelChart = null;
    }
    page.dashboard.hidden = true;
    hideMessage();
    showSignIn();
    showMessage('You are signed out.', 'info');
  }

  function showSignIn() {
    page['sign-in'].hidden = false;
    page.who.hidden = true;
    page['sign-out'].hidden = true;
    page.reload.hidden = true;
  }

  /** In dev mode the service hands out demo tokens; elsewhere the endpoint does not exist and nothing is shown. */
  async function offerDemoSignIn() {
    let users;
    try {
      const response = await fetch(DEMO_TOKENS, { headers: { Accept: 'application/json' } });
      if (response.status !== 200) {
        return;
      }
      users = await response.json();
    } catch (ignored) {
      return;
    }
    const list = page['demo-users'];
    list.replaceChildren();
    for (const user of Array.isArray(users) ? users : []) {
      if (!ROLES_THAT_SEE_KPIS[user.role] || typeof user.token !== 'string') {
        continue;
      }
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary';
      button.textContent = 'Sign in as ' + user.subject;
      button.addEventListener('click', () => signIn(user.token));
      const description = document.createElement('span');
      description.className = 'hint';
      description.textContent = user.description;
      item.append(button, ' ', description);
      list.append(item);
    }
    page.demo.hidden = list.children.length === 0;
  }

  /** The token's claims, read for display only: the service is the one that checks the token. */
  function claims(jwt) {
    try {
      const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      const json = decodeURIComponent(Array.from(atob(payload),
        (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
      return JSON.parse(json);
    } catch (ignored) {
      return {};
    }
  }

  // --- Loading -------------------------------------------------------------------------------------------------

  /** The page's own ?callId= and ?facilitatorId= (ids only) go to the API as they are. */
  function kpiUrl() {
    const pageParameters = new URLSearchParams(window.location.search);
    const query = new URLSearchParams();
    for (const name of ['callId', 'facilitatorId']) {
      const value = pageParameters.get(name);
      if (value && UUID_PATTERN.test(value)) {
        query.set(name, value);
      }
    }
    const text = query.toString();
    return text ? API + '?' + text : API;
  }

  async function load() {
    const jwt = token();
    if (!jwt) {
      showSignIn();
      return;
    }
    hideMessage();
    page.loading.hidden = false;
    let response;
    try {
      response = await fetch(kpiUrl(), { headers: { Accept: 'application/json', Authorization: 'Bearer ' + jwt } });
    } catch (networkError) {
      page.loading.hidden = true;
      showMessage('The service could not be reached: check your network connection and try again.');
      showSignedIn(jwt);
      return;
    }
    page.loading.hidden = true;
    if (response.ok) {
      showSignedIn(jwt);
      page['sign-in'].hidden = true;
      render(await response.json(), claims(jwt));
      return;
    }
    const detail = await problemDetail(response);
    if (response.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      page.dashboard.hidden = true;
      showSignIn();
      showMessage('The service did not accept this token: it may have expired, or come from another issuer. '
        + 'Sign in again with a new token.', 'error', detail);
    } else if (response.status === 403) {
      showSignedIn(jwt);
      page.dashboard.hidden = true;
      page['sign-in'].hidden = false;
      showMessage('This token may not see the programme\'s figures: only programme administrators and facilitators '
        + 'may. Sign out and sign in with another token.', 'error', detail);
    } else if (response.status === 429) {
      showSignedIn(jwt);
      showMessage('Too many requests for now: wait a minute, then reload the figures.', 'error', detail);
    } else {
      showSignedIn(jwt);
      showMessage('The service could not give the figures (HTTP ' + response.status + ').', 'error', detail);
    }
  }

  async function problemDetail(response) {
    try {
      const problem = await response.json();
      return typeof problem.detail === 'string' ? problem.detail : '';
    } catch (ignored) {
      return '';
    }
  }

  function showSignedIn(jwt) {
    const tokenClaims = claims(jwt);
    const groups = Array.isArray(tokenClaims.groups) ? tokenClaims.groups : [];
    const role = groups.map((group) => ROLES_THAT_SEE_KPIS[group]).find(Boolean) || groups.join(', ');
    page.who.textContent = 'Signed in as ' + (tokenClaims.sub || 'unknown user') + (role ? ' (' + role + ')' : '');
    page.who.hidden = false;
    page['sign-out'].hidden = false;
    page.reload.hidden = false;
  }

  function showMessage(text, kind, detail) {
    page.message.replaceChildren(text);
    if (detail) {
      const more = document.createElement('span');
      more.className = 'detail';
      more.textContent = 'The service said: ' + detail;
      page.message.append(more);
    }
    page.message.className = 'message ' + (kind || 'error');
    page.message.hidden = false;
  }

  function hideMessage() {
    page.message.hidden = true;
    page.message.replaceChildren();
  }

  // --- Rendering -----------------------------------------------------------------------------------------------

  function render(kpis, tokenClaims) {
    lastKpis = kpis;
    page.dashboard.hidden = false;
    text('call-code', kpis.call.code);
    text('call-title', kpis.call.title);
    text('call-opens', day(kpis.call.opensOn));
    text('call-closes', day(kpis.call.closesOn));
    text('as-of', day(kpis.asOf));
    text('as-of-again', day(kpis.asOf));
    text('computed-at', moments.format(new Date(kpis.computedAt)));
    text('scope', scope(kpis, tokenClaims));
    renderProgress('registered-smes', kpis.registeredSmes, 'registrations', kpis.call.closesOn);
    renderProgress('participants-sent', kpis.participantsSent, 'participants', kpis.call.closesOn);
    const r = kpis.registrations;
    text('registrations', 'Of the registrations: ' + count(r.verified) + ' verified, ' + count(r.pendingVerification)
      + ' waiting for verification, ' + count(r.onHold) + ' on hold; ' + count(r.rejected)
      + ' rejected (not counted).');
    text('overdue-registrations', count(kpis.overdueReviews.registrations));
    text('overdue-applications', count(kpis.overdueReviews.applications));
    renderFunnel(kpis.funnel);
    renderBudget(kpis.budgetLines);
    renderCountries(kpis);
  }

  function scope(kpis, tokenClaims) {
    if (!kpis.facilitatorId) {
      return 'The whole programme: every company of the call.';
    }
    const facilitators = (kpis.breakdowns || []).find((breakdown) => breakdown.dimension === 'FACILITATOR');
    const own = facilitators && facilitators.groups.find((group) => group.key === kpis.facilitatorId);
    const groups = Array.isArray(tokenClaims.groups) ? tokenClaims.groups : [];
    if (groups.includes('facilitator')) {
      return 'Your companies only: the figures count the companies ' + (own ? own.label : 'your organisation')
        + ' is in charge of, and the applications they send or host.';
    }
    return 'One facilitator\'s companies only: those ' + (own ? own.label : 'facilitator ' + kpis.facilitatorId)
      + ' is in charge of, and the applications they send or host.';
  }

  function renderProgress(key, progress, what, closesOn) {
    figure(key + '-count', progress.count);
    figure(key + '-target', progress.target);
    text(key + '-percent', '(' + oneDecimal.format(Number(progress.percentOfTarget)) + ' %)');
    const bar = document.querySelector('#' + key + ' .bar');
    bar.setAttribute('aria-valuemax', String(progress.target));
    bar.setAttribute('aria-valuenow', String(Math.min(progress.count, progress.target)));
    bar.setAttribute('aria-valuetext', count(progress.count) + ' of ' + count(progress.target) + ', '
      + oneDecimal.format(Number(progress.percentOfTarget)) + ' %');
    bar.querySelector('.bar-fill').style.width = Math.min(100, Number(progress.percentOfTarget)) + '%';
    text(key + '-recent', count(progress.lastFourWeeks) + ' ' + what + ' in the last four weeks.');
    text(key + '-forecast', forecast(progress.forecast, closesOn));
  }

  function forecast(f, closesOn) {
    const rate = oneDecimal.format(Number(f.weeklyRate)) + ' a week';
    switch (f.outlook) {
      case 'REACHED':
        return 'Target reached.';
      case 'ON_TRACK':
        return 'On track: at the last four weeks\' rate (' + rate + '), the target is reached on ' + day(f.expectedOn)
          + '.';
      case 'NOT_BEFORE_CALL_ENDS':
        return Number(f.weeklyRate) === 0
          ? 'Behind: no growth in the last four weeks, so the target is not reached before the call ends ('
            + day(closesOn) + ').'
          : 'Behind: at the last four weeks\' rate (' + rate + '), the target is not reached before the call ends ('
            + day(closesOn) + ').';
      default:
        return '';
    }
  }

  function renderFunnel(funnel) {
    const labels = funnel.map((stage) => statusName(stage.status));
    const body = document.querySelector('#funnel-table tbody');
    body.replaceChildren(...funnel.map((stage, i) => row([labels[i], count(stage.reached), count(stage.current),
      median(stage)])));
    const canvas = page['funnel-chart'];
    canvas.setAttribute('aria-label', 'Bar chart of the applications by status, reached and now: '
      + funnel.map((stage, i) => labels[i] + ' ' + stage.reached + ' reached, ' + stage.current + ' now').join('; ')
      + '. The table below has the same figures.');
    // One row of bars per status, whatever the screen's width.
    page['funnel-box'].style.height = Math.max(160, 44 + funnel.length * 34) + 'px';
    if (typeof window.Chart !== 'function') {
      canvas.hidden = true;
      return;
    }
    canvas.hidden = false;
    if (funnelChart) {
      funnelChart.destroy();
    }
    window.Chart.defaults.font.size = 13;
    window.Chart.defaults.color = '#4a5360';
    funnelChart = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [
          { label: 'Reached', data: funnel.map((stage) => stage.reached), backgroundColor: '#1d4f91' },
          { label: 'Now', data: funnel.map((stage) => stage.current), backgroundColor: '#b7791f' }
        ]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: {
          legend: { position: 'top' },
          tooltip: {
            callbacks: {
              afterBody: (items) => {
                const stage = funnel[items[0].dataIndex];
                return stage.medianDays == null ? '' : 'Median ' + oneDecimal.format(Number(stage.medianDays))
                  + ' days in it';
              }
            }
          }
        }
      }
    });
  }

  function median(stage) {
    if (stage.medianDays == null) {
      return 'none yet';
    }
    const stays = document.createElement('span');
    stays.className = 'stays';
    stays.textContent = count(stage.staysMeasured) + (stage.staysMeasured === 1 ? ' stay' : ' stays');
    const cell = document.createDocumentFragment();
    cell.append(oneDecimal.format(Number(stage.medianDays)), stays);
    return cell;
  }

  function renderBudget(lines) {
    page['budget-lines'].replaceChildren(...lines.map((line) => {
      const item = document.createElement('li');
      const title = document.createElement('h3');
      title.textContent = line.name + ' ';
      const code = document.createElement('span');
      code.className = 'hint';
      code.textContent = line.code + ' · ' + line.funder;
      title.append(code);
      const total = Number(line.amount.amount);
      const stack = document.createElement('div');
      stack.className = 'stack';
      stack.setAttribute('aria-hidden', 'true');
      for (const part of ['paid', 'committed', 'available']) {
        const share = total > 0 ? Math.max(0, Number(line[part].amount)) * 100 / total : 0;
        if (share > 0) {
          const segment = document.createElement('span');
          segment.className = 'segment ' + part;
          segment.style.width = share + '%';
          stack.append(segment);
        }
      }
      const figures = document.createElement('dl');
      figures.className = 'amounts';
      for (const [label, money] of [['Paid', line.paid], ['Committed', line.committed], ['Available', line.available],
        ['Budget', line.amount]]) {
        const pair = document.createElement('div');
        const term = document.createElement('dt');
        term.textContent = label;
        const value = document.createElement('dd');
        value.textContent = amount(money);
        pair.append(term, value);
        figures.append(pair);
      }
      item.append(title, stack, figures);
      return item;
    }));
    if (lines.length === 0) {
      const none = document.createElement('li');
      none.textContent = 'The call has no budget line yet.';
      page['budget-lines'].append(none);
    }
  }

  function renderCountries(kpis) {
    const countries = (kpis.breakdowns || []).find((breakdown) => breakdown.dimension === 'COUNTRY');
    const groups = countries ? countries.groups : [];
    const body = document.querySelector('#country-table tbody');
    let anySuppressed = false;
    body.replaceChildren(...groups.map((group) => {
      anySuppressed = anySuppressed || group.participantsSuppressed;
      return row([countryName(group), group.registeredSmes == null ? '' : count(group.registeredSmes),
        group.participantsSuppressed ? suppressedMarker(kpis.minimumGroupSize) : count(group.participantsSent)]);
    }));
    if (groups.length === 0) {
      body.append(row(['No company registered yet', '', '']));
    }
    page['suppressed-note'].textContent = anySuppressed
      ? '* hidden: withheld so that no one can be identified, because the count is below ' + kpis.minimumGroupSize
        + ' people, or because it would let such a small count be worked out from the others.'
      : 'Counts of fewer than ' + kpis.minimumGroupSize + ' people are hidden, so that no one can be identified.';
  }

  function suppressedMarker(minimumGroupSize) {
    const marker = document.createElement('span');
    marker.className = 'suppressed';
    marker.dataset.suppressed = 'true';
    marker.title = 'Withheld: fewer than ' + minimumGroupSize + ' people, or it would give such a count away';
    marker.textContent = 'hidden*';
    return marker;
  }

  function countryName(group) {
    let name = group.label;
    try {
      name = countryNames && /^[A-Z]{2}$/.test(group.key) ? countryNames.of(group.key) : group.label;
    } catch (ignored) {
      // An unknown region code keeps its label.
    }
    return name === group.key ? name : name + ' (' + group.key + ')';
  }

  // --- CSV -----------------------------------------------------------------------------------------------------

  async function downloadCsv() {
    const jwt = token();
    if (!jwt) {
      showSignIn();
      return;
    }
    let response;
    try {
      response = await fetch(kpiUrl(), { headers: { Accept: 'text/csv', Authorization: 'Bearer ' + jwt } });
    } catch (networkError) {
      showMessage('The service could not be reached: the CSV file was not downloaded.');
      return;
    }
    if (!response.ok) {
      showMessage('The CSV file could not be downloaded (HTTP ' + response.status + ').', 'error',
        await problemDetail(response));
      return;
    }
    const file = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = fileName(response);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }

  function fileName(response) {
    const disposition = response.headers.get('Content-Disposition') || '';
    const named = /filename="?([^";]+)"?/i.exec(disposition);
    if (named) {
      return named[1];
    }
    return 'programme-kpis' + (lastKpis ? '-' + lastKpis.call.code + '-' + lastKpis.asOf : '') + '.csv';
  }

  // --- Small helpers -------------------------------------------------------------------------------------------

  function text(kpi, value) {
    document.querySelector('[data-kpi="' + kpi + '"]').textContent = value;
  }

  /** A count in words, with the number itself in data-value for whatever reads the page (the browser test). */
  function figure(kpi, value) {
    text(kpi, count(value));
    document.querySelector('[data-kpi="' + kpi + '"]').dataset.value = String(value);
  }

  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach((cell, i) => {
      const td = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) {
        td.scope = 'row';
      }
      td.append(cell);
      tr.append(td);
    });
    return tr;
  }

  function count(value) {
    return numbers.format(value);
  }

  function amount(money) {
    return money.currency === 'EUR' ? euros.format(Number(money.amount)) : money.amount + ' ' + money.currency;
  }

  /** A day of the API (yyyy-mm-dd), in words. */
  function day(isoDate) {
    return isoDate ? days.format(new Date(isoDate + 'T00:00:00Z')) : '';
  }

  function statusName(status) {
    const words = status.toLowerCase().replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
}());
