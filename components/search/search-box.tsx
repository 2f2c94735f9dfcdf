type SearchBoxProps = {
  defaultValue?: string;
  /** keep the chosen sort when searching again from the results page */
  sort?: string;
  /** a compact box for the site header */
  compact?: boolean;
};

/**
 * The search box: a plain GET form to /search (works without JavaScript); with JavaScript
 * (public/enhance.js, `data-suggest`) it offers completions from /api/search/suggest through the
 * browser's own accessible suggestion list. Drop-in for the site header: <SearchBox compact />.
 */
export function SearchBox({ defaultValue = "", sort, compact = false }: SearchBoxProps) {
  // at most one compact box (the header) and one full box (the search page) per page
  const id = compact ? "site-search" : "page-search";
  return (
    <form
      role="search"
      aria-label={compact ? "全站搜索" : "搜索"}
      action="/search"
      method="get"
      className={compact ? "flex gap-1" : "flex flex-wrap gap-2"}>
      <label htmlFor={`${id}-q`} className="sr-only">
        搜索全站内容
      </label>
      <input
        id={`${id}-q`}
        name="q"
        type="search"
        defaultValue={defaultValue}
        list={`${id}-suggestions`}
        data-suggest=""
        maxLength={100}
        autoComplete="off"
        placeholder="搜索资讯、政策、简报、开发区，如：西青 招商引资、xq、澜商产业〔2025〕9号"
        className={
          compact
            ? "w-44 rounded border border-white/60 bg-white px-2 py-1 text-sm text-gray-900"
            : "min-w-0 flex-1 rounded border border-gray-300 bg-white px-3 py-2 text-base text-gray-900"
        }
      />
      <datalist id={`${id}-suggestions`} />
      {sort && sort !== "relevance" ? <input type="hidden" name="sort" value={sort} /> : null}
      <button
        type="submit"
        className={
          compact
            ? "rounded bg-accent-600 px-2 py-1 text-sm font-semibold text-white hover:bg-red-700"
            : "rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600"
        }
      >
        搜索
      </button>
    </form>
  );
}
