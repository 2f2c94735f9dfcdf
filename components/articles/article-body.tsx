import { type Block, headingTags, inlineSegments } from "@/lib/content/blocks";

/** Paragraph and list text with its `[text](href)` links as links (targets already limited to safe ones). */
function InlineText({ text }: { text: string }) {
  return inlineSegments(text).map((segment, index) =>
    segment.type === "link" ? (
      <a key={index} href={segment.href} rel={segment.href.startsWith("/") ? undefined : "noopener noreferrer"}>
        {segment.text}
      </a>
    ) : (
      segment.text
    ),
  );
}

/** Renders structured body blocks. Text is rendered as React text (escaped); no HTML from content. */
export function ArticleBody({ blocks, idPrefix = "h", headingStart = 2 }: { blocks: Block[]; idPrefix?: string; /** the body's top heading level (its parent heading's + 1) */ headingStart?: 2 | 3 | 4 }) {
  const tags = headingTags(blocks, headingStart);
  return (
    <div className="prose-zh text-[17px] leading-[1.9]">
      {blocks.map((block, index) => {
        const key = `${block.type}-${index}`;
        switch (block.type) {
          case "heading": {
            const Tag = tags.get(block.level) ?? "h6";
            return (
              <Tag key={key} id={`${idPrefix}-${index}`}>
                {block.text}
              </Tag>
            );
          }
          case "paragraph":
            return (
              <p key={key}>
                <InlineText text={block.text} />
              </p>
            );
          case "list": {
            const items = block.items.map((item, itemIndex) => <li key={itemIndex}>
                <InlineText text={item} />
              </li>);
            return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
          }
          case "table":
            return (
              <table key={key}>
                <tbody>
                  {block.rows.map((row, rowIndex) => (
                    <tr key={rowIndex}>
                      {row.map((cell, cellIndex) => (
                        <td key={cellIndex}>{cell}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          case "image":
            return (
              <figure key={key}>
                {/* eslint-disable-next-line @next/next/no-img-element -- media are served by our own route */}
                <img src={block.src} alt={block.alt} loading="lazy" />
                {block.caption ? <figcaption>{block.caption}</figcaption> : null}
              </figure>
            );
        }
      })}
    </div>
  );
}
