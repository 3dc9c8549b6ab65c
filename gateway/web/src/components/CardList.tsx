import type { ReactNode } from 'react';
import { MoreButton } from './MoreButton';

interface Page<N> {
  nodes: readonly N[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A cursor-paged list of cards under its heading: each card an article named by its title, "none"
 * once the API answered with nothing, "show more" while there is a next page.
 */
export function CardList<N extends { id: string }>(props: {
  id: string;
  heading: string;
  none: string;
  /** The API's page (undefined until it answers) and the rows shown so far (earlier pages too). */
  page: Page<N> | null | undefined;
  items: readonly N[];
  paged: { more(nodes: readonly N[], endCursor: string | null | undefined): void };
  title(item: N): ReactNode;
  children(item: N): ReactNode;
  wide?: boolean;
}) {
  const { id, heading, none, page, items, paged, title, children, wide = true } = props;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {page && items.length === 0 ? <p role="status">{none}</p> : null}
      <ul className={wide ? 'cards cards-wide' : 'cards'} data-testid={id}>
        {items.map((item) => (
          <li key={item.id} className="card" data-item={item.id}>
            <article aria-labelledby={`${id}-${item.id}`}>
              <h3 id={`${id}-${item.id}`}>{title(item)}</h3>
              {children(item)}
            </article>
          </li>
        ))}
      </ul>
      {page ? <MoreButton pageInfo={page.pageInfo} onMore={(cursor) => paged.more(page.nodes, cursor)} /> : null}
    </section>
  );
}
