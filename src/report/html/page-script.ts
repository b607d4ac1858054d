/// <reference lib="dom" />
// The summary page's only script: sortable, filterable, paginated tables and the article cards.
// The function's source is inlined into summary.html (see summary-html.ts), so it must be
// self-contained: no imports, no references to anything outside its body but its argument, format.ts's
// signedScore, which summary-html.ts inlines beside it. Text from articles is
// only ever set with textContent, never parsed as HTML.
import type { PageData } from '../summary-html.js';

export function summaryPageScript(signedScore: (value: number, digits?: number) => string): void {
  type Cell = string | number | null;
  type Item = Record<string, Cell | string[]> & { index: number };
  interface Column {
    key: string;
    label: string;
    numeric?: boolean;
    nowrap?: boolean;
    render?: (item: Item, cell: HTMLTableCellElement) => void;
  }
  interface TableView {
    /** The items that pass the filter, in the current sort order. */
    visible(): Item[];
    showItem(index: number): void;
  }

  const data = JSON.parse(document.getElementById('summary-data')!.textContent!) as PageData;
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string | number | null): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  };
  // Text from an article takes its own direction: in the page's left-to-right lines an Arabic or
  // Hebrew title's closing "…" or "." was drawn at its right, where it starts.
  const articleText = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] => {
    const node = el(tag, className, text);
    node.dir = 'auto';
    return node;
  };
  const formatNumber = (value: number): string => value.toLocaleString('en');
  // An article's score next to its label, as articles.csv prints it: labels are given to the score at four
  // decimals, so two would show 0.0496 as "+0.05" beside "neutral".
  const labelled = (value: number): string => signedScore(value, 4);
  // An article whose text is in another language than the lexicons' has no score (sentiment.otherLanguages).
  const NOT_SCORED = 'not scored';
  const fromTuples = (columns: string[], tuples: Cell[][]): Item[] =>
    tuples.map((tuple, index) => Object.assign(Object.fromEntries(columns.map((c, i) => [c, tuple[i]!])), { index }) as Item);

  const articles = fromTuples(data.articleColumns, data.articles as Cell[][]);
  const terms = fromTuples(data.termColumns, data.terms);

  function compare(a: Cell | string[], b: Cell | string[], numeric: boolean): number {
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return numeric ? (a as number) - (b as number) : collator.compare(String(a), String(b));
  }

  function pager(onPage: (page: number) => void): { root: HTMLElement; update(page: number, pages: number, total: number, noun: string): void } {
    const root = el('div', 'pager');
    const previous = el('button', '', '‹ Previous');
    const status = el('span', 'pager-status');
    const next = el('button', '', 'Next ›');
    let current = 0;
    previous.addEventListener('click', () => onPage(current - 1));
    next.addEventListener('click', () => onPage(current + 1));
    root.append(previous, status, next);
    return {
      root,
      update(page, pages, total, noun) {
        current = page;
        previous.disabled = page <= 0;
        next.disabled = page >= pages - 1;
        status.textContent = `Page ${formatNumber(page + 1)} of ${formatNumber(Math.max(pages, 1))} · ${formatNumber(total)} ${noun}`;
      },
    };
  }

  function table(rootId: string, items: Item[], columns: Column[], options: { pageSize: number; noun: string; searchable: (item: Item) => string; initialSort: string; initialAscending: boolean; onChange?: () => void }): TableView {
    const root = document.getElementById(rootId)!;
    const search = el('input');
    search.type = 'search';
    search.placeholder = `Filter ${options.noun}…`;
    search.setAttribute('aria-label', `Filter ${options.noun}`);
    const haystacks = items.map((item) => options.searchable(item).toLowerCase());
    const tableEl = el('table', 'data');
    const head = el('tr');
    const body = el('tbody');
    tableEl.append(el('thead'), body);
    tableEl.tHead!.append(head);
    let sortKey = options.initialSort;
    let ascending = options.initialAscending;
    let page = 0;
    let visible = items;

    const headers = columns.map((column) => {
      const th = el('th');
      if (column.numeric) th.className = 'num';
      const button = el('button', 'sort', column.label);
      button.addEventListener('click', () => {
        ascending = sortKey === column.key ? !ascending : !column.numeric;
        sortKey = column.key;
        refresh(true);
      });
      th.append(button);
      head.append(th);
      return th;
    });

    const paging = pager((to) => {
      page = to;
      render();
    });

    function refresh(changed: boolean): void {
      const query = search.value.trim().toLowerCase();
      const column = columns.find((c) => c.key === sortKey)!;
      const filtered = query ? items.filter((_, i) => haystacks[i]!.includes(query)) : items.slice();
      // Ties keep input order, and nulls (unknown dates...) stay last in both directions.
      visible = filtered.sort((a, b) => {
        const left = a[sortKey]!;
        const right = b[sortKey]!;
        if (left === null || right === null) return compare(left, right, false) || a.index - b.index;
        return (ascending ? 1 : -1) * compare(left, right, column.numeric === true) || a.index - b.index;
      });
      headers.forEach((th, i) => th.setAttribute('aria-sort', columns[i]!.key === sortKey ? (ascending ? 'ascending' : 'descending') : 'none'));
      if (changed) page = 0;
      render();
      if (changed) options.onChange?.();
    }

    function render(): void {
      const pages = Math.ceil(visible.length / options.pageSize);
      page = Math.max(0, Math.min(page, pages - 1));
      body.replaceChildren(
        ...visible.slice(page * options.pageSize, (page + 1) * options.pageSize).map((item) => {
          const tr = el('tr');
          tr.dataset.index = String(item.index);
          for (const column of columns) {
            const td = el('td', [column.numeric ? 'num' : '', column.nowrap ? 'nowrap' : ''].join(' ').trim());
            if (column.render) column.render(item, td);
            else td.textContent = item[column.key] === null ? '' : String(item[column.key]);
            tr.append(td);
          }
          return tr;
        }),
      );
      paging.update(page, pages, visible.length, options.noun);
    }

    search.addEventListener('input', () => refresh(true));
    const controls = el('div', 'controls');
    controls.append(search, paging.root);
    root.replaceChildren(controls, tableEl);
    refresh(false);
    return {
      visible: () => visible,
      showItem(index) {
        const position = visible.findIndex((item) => item.index === index);
        if (position < 0) return;
        page = Math.floor(position / options.pageSize);
        render();
      },
    };
  }

  function chips(values: string[], className: string): HTMLElement {
    const list = el('ul', `chips ${className}`);
    for (const value of values) list.append(articleText('li', '', value));
    return list;
  }

  function card(item: Item): HTMLElement {
    const article = el('article', 'card');
    article.id = `card-${item.index}`;
    article.dataset.id = String(item.id);
    const heading = articleText('h3', '', item.title as string);
    const meta = el('p', 'meta', [item.date ?? 'no date', item.byline, item.source, `id ${item.id}`].filter(Boolean).join(' · '));
    const score = item.sentiment as number | null;
    const sentiment = score === null ? NOT_SCORED : `${item.label} ${labelled(score)}`;
    const badge = el('p', score === null ? 'sentiment' : `sentiment ${item.label}`, `${sentiment} · ${formatNumber(item.words as number)} words · ${item.sentences} sentences`);
    article.append(heading, meta, badge);
    const detail = data.details[item.index];
    if (detail) {
      // The cleaned text beside the page (the output directory), as articles.csv clean_file names it.
      const link = el('a', 'clean-file', 'Cleaned text');
      link.href = detail.cleanFile;
      meta.append(' · ', link);
      if (detail.strongest.length) {
        article.append(el('h4', '', 'Strongest sentences'));
        const list = el('ul', 'sentences');
        for (const s of detail.strongest) {
          const li = el('li', s.sentiment < 0 ? 'negative' : 'positive');
          li.append(el('span', 'score', signedScore(s.sentiment)), el('span', 'note', ` sentence ${s.sentence}: `), articleText('span', '', s.text));
          if (s.drivers.length) li.append(el('span', 'drivers', ` — ${s.drivers.join(', ')}`));
          list.append(li);
        }
        article.append(list);
      }
    }
    const keyphrases = item.keyphrases as string[];
    const distinctive = item.distinctive as string[];
    if (keyphrases.length) article.append(el('h4', '', 'Keyphrases'), chips(keyphrases, 'keyphrases'));
    if (distinctive.length) article.append(el('h4', '', 'Distinctive terms (TF-IDF)'), chips(distinctive, 'distinctive'));
    const warnings = item.warnings as string[];
    if (warnings.length) article.append(el('p', 'warning', `Warnings: ${warnings.join('; ')}`));
    if (detail) {
      const removed = el('details', 'removed');
      removed.append(el('summary', '', `Removed lines (${item.removedLines})`));
      if (detail.removed.length) {
        const rows = el('table', 'data');
        const head = el('tr');
        for (const label of ['Line', 'Kind', 'Reason', 'Text']) head.append(el('th', '', label));
        rows.append(head);
        for (const line of detail.removed) {
          const tr = el('tr');
          tr.append(el('td', 'num', line.line), el('td', 'nowrap', line.kind), el('td', '', line.reason), articleText('td', 'removed-text', line.text));
          rows.append(tr);
        }
        removed.append(rows);
      }
      if (detail.removedNotShown) removed.append(el('p', 'note', `${detail.removedNotShown} more in removed_lines.csv`));
      article.append(removed);
    } else {
      article.append(el('p', 'note', `Strongest sentences and removed lines are kept on this page for the first ${formatNumber(data.detailedArticles)} articles; see sentences.csv and removed_lines.csv for this one.`));
    }
    return article;
  }

  // Cards follow the articles table: same filter, same order, their own pages.
  const cardsRoot = document.getElementById('cards-list')!;
  const cardsPerPage = 10;
  let cardPage = 0;
  const cardPager = pager((to) => {
    cardPage = to;
    renderCards();
  });
  document.getElementById('cards-pager')!.append(cardPager.root);
  function renderCards(): void {
    const items = articleTable.visible();
    const pages = Math.ceil(items.length / cardsPerPage);
    cardPage = Math.max(0, Math.min(cardPage, pages - 1));
    cardsRoot.replaceChildren(...items.slice(cardPage * cardsPerPage, (cardPage + 1) * cardsPerPage).map(card));
    cardPager.update(cardPage, pages, items.length, 'articles');
  }
  function openCard(index: number): void {
    const position = articleTable.visible().findIndex((item) => item.index === index);
    if (position < 0) return;
    cardPage = Math.floor(position / cardsPerPage);
    renderCards();
    const target = document.getElementById(`card-${index}`)!;
    target.classList.add('highlight');
    target.scrollIntoView({ block: 'start' });
  }

  const articleTable = table(
    'articles-table',
    articles,
    [
      {
        key: 'title',
        label: 'Title',
        render: (item, td) => {
          const link = articleText('a', '', item.title as string);
          link.href = `#card-${item.index}`;
          link.addEventListener('click', (event) => {
            event.preventDefault();
            openCard(item.index);
          });
          td.append(link);
        },
      },
      { key: 'date', label: 'Date', nowrap: true },
      { key: 'source', label: 'Source' },
      { key: 'words', label: 'Words', numeric: true },
      {
        key: 'sentiment',
        label: 'Sentiment',
        numeric: true,
        render: (item, td) => {
          if (item.sentiment === null) {
            td.textContent = NOT_SCORED;
            return;
          }
          td.textContent = labelled(item.sentiment as number);
          td.classList.add(String(item.label));
        },
      },
      // A null label is an unscored article: its cell says so, as articles.csv does, rather than staying blank.
      { key: 'label', label: 'Label', nowrap: true, render: (item, td) => (td.textContent = item.label === null ? NOT_SCORED : String(item.label)) },
      { key: 'removedLines', label: 'Removed lines', numeric: true },
      { key: 'distinctive', label: 'Distinctive terms', render: (item, td) => (td.textContent = (item.distinctive as string[]).join(', ')) },
    ],
    {
      pageSize: 25,
      noun: 'articles',
      initialSort: 'sentiment',
      initialAscending: true,
      searchable: (item) => [item.title, item.id, item.source, item.byline, item.date, ...(item.keyphrases as string[]), ...(item.distinctive as string[])].join(' '),
      onChange: () => {
        cardPage = 0;
        renderCards();
      },
    },
  );
  renderCards();

  // A bar of the sentiment charts opens its article's card.
  document.querySelectorAll<SVGGElement>('svg.sentiment-bars g.bar').forEach((bar) => {
    const index = articles.findIndex((item) => item.id === bar.dataset.id);
    if (index < 0) return;
    bar.classList.add('clickable');
    bar.addEventListener('click', () => {
      articleTable.showItem(index);
      openCard(index);
    });
  });

  table(
    'terms-table',
    terms,
    [
      { key: 'term', label: 'Term' },
      { key: 'n', label: 'Words', numeric: true },
      { key: 'count', label: 'Count', numeric: true },
      { key: 'documents', label: 'Articles', numeric: true },
      { key: 'idf', label: 'IDF', numeric: true, render: (item, td) => (td.textContent = (item.idf as number).toFixed(3)) },
    ],
    { pageSize: 25, noun: 'terms', initialSort: 'count', initialAscending: false, searchable: (item) => String(item.term) },
  );

  document.body.dataset.ready = 'true';
  performance.mark('summary-ready');
}
