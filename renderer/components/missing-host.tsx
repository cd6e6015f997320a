/** The page opened without the Electron bridge or a browser-host token: says how to open it properly. */
export function MissingHost() {
  return (
    <main class="missing-host">
      <p>
        To read your archive here, open the full address that <code>offprint serve</code> printed in the terminal,
        including the part that starts with <code>#token=</code>.
      </p>
    </main>
  );
}
