/** One payload written after a published XSS in another Markdown app, to check Offprint does not repeat it. */
export interface CveVector {
  cve: string;
  app: string;
  what: string;
  payload: string;
}

/** One vector per CVE named in issue 7; each tries to call `alert`, so running script shows a dialog. */
export const cveVectors: CveVector[] = [
  {
    cve: 'CVE-2020-15930',
    app: 'Joplin',
    what: 'an <embed> of a script URL',
    payload: '<embed src="javascript:alert(1)"><embed src="data:text/html,<script>alert(1)</script>">',
  },
  {
    cve: 'CVE-2021-37916',
    app: 'Joplin',
    what: 'a <button> whose formaction or form action runs script',
    payload:
      '<form action="javascript:alert(1)" id="cve-form"><button>Send</button></form>' +
      '<button form="cve-form" formaction="javascript:alert(2)" autofocus onfocus="alert(3)">Go</button>',
  },
  {
    cve: 'CVE-2023-45673',
    app: 'Joplin',
    what: 'a frame navigating the top window',
    payload:
      '<iframe srcdoc="<script>top.location=\'javascript:alert(1)\'</script>"></iframe>' +
      '<iframe src="data:text/html,<script>top.location.href=\'http://127.0.0.2:9/\'</script>"></iframe>',
  },
  {
    cve: 'CVE-2024-40643',
    app: 'Joplin',
    what: 'a "<" followed by a non-letter that hides a tag from a naive filter',
    payload: '<<img src=x onerror=alert(1)>><1<img src=x onerror=alert(2)>< /script><script>alert(3)</script>',
  },
  {
    cve: 'CVE-2024-49362',
    app: 'Joplin',
    what: 'attributes a later step adds after sanitizing (a link title or data- attribute turned into markup)',
    payload:
      '[link](http://127.0.0.2:9/ "\\"><img src=x onerror=alert(1)>")' +
      ' <a data-resource-id="x&quot; onmouseover=&quot;alert(2)" href="#x">resource</a>',
  },
  {
    cve: 'CVE-2025-24028',
    app: 'Joplin',
    what: 'an HTML comment parsed differently by the sanitizer and the browser',
    payload:
      '<!--><img src=x onerror=alert(1)>--><!-- --!><img src=x onerror=alert(2)> --><!--<svg/onload=alert(3)>-->',
  },
  {
    cve: 'CVE-2023-2318',
    app: 'MarkText',
    what: 'HTML pasted into the editor',
    payload: '<table><tr><td><img src=x onerror="alert(1)">pasted</td></tr></table><style onload=alert(2)></style>',
  },
  {
    cve: 'CVE-2023-2317',
    app: 'Typora',
    what: 'an <embed> of an internal page of the app',
    payload:
      '<embed src="/index.html#token=x" style="height:1px"><embed src="/app.js"><object data="/index.html"></object>',
  },
  {
    cve: 'CVE-2022-36450',
    app: 'Obsidian',
    what: 'a link handed to window.open without checking its scheme',
    payload:
      '<a href="javascript:alert(1)" target="_blank">open</a> [open](javascript:alert(2)) <a href="http://127.0.0.2:9/" target="_blank" onclick="window.open(\'javascript:alert(3)\')">away</a>',
  },
];
