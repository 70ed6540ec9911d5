/**
 * The header's search form submits to the search page as ?q=…; this hands the
 * query to Pagefind's input so that results show straight away.
 */
const query = new URLSearchParams(window.location.search).get('q')?.trim();

async function fillSearchBox(term: string): Promise<void> {
  await customElements.whenDefined('pagefind-input');
  const host = document.querySelector('pagefind-input');
  if (!host) return;
  const input = await new Promise<HTMLInputElement>((resolve) => {
    const found = host.querySelector('input');
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const created = host.querySelector('input');
      if (created) {
        observer.disconnect();
        resolve(created);
      }
    });
    observer.observe(host, { childList: true, subtree: true });
  });
  input.value = term;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

if (query) void fillSearchBox(query);
