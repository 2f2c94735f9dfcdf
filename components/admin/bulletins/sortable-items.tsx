"use client";

import { useRouter } from "next/navigation";
import { startTransition, useState, type DragEvent, type ReactNode } from "react";
import { reorderItemsAction } from "@/lib/bulletins/actions";
import type { IssueRef } from "./composer-forms";
import { moveInOrder } from "./move-in-order";

/**
 * A section's items, reorderable by dragging (mouse/touch) — the ↑/↓ buttons inside each row do the
 * same from the keyboard. The new order is saved at once; the page then reloads with the new version.
 */
export function SortableItems({ issue, sectionId, items }: { issue: IssueRef; sectionId: string; items: readonly { id: string; title: string; content: ReactNode }[] }) {
  const router = useRouter();
  const [dragged, setDragged] = useState<string | null>(null);
  const [message, setMessage] = useState("");

  function drop(event: DragEvent<HTMLLIElement>, target: string) {
    event.preventDefault();
    if (!dragged || dragged === target) return;
    const order = moveInOrder(items.map((item) => item.id), dragged, target);
    setDragged(null);
    const data = new FormData();
    data.set("bulletinId", issue.bulletinId);
    data.set("version", String(issue.version));
    data.set("sectionId", sectionId);
    data.set("order", order.join(","));
    startTransition(async () => {
      const result = await reorderItemsAction(data);
      setMessage(result.ok ? "顺序已保存" : result.message);
      router.refresh();
    });
  }

  return (
    <>
      <ol className="space-y-2">
        {items.map((item) => (
          <li
            key={item.id}
            draggable
            onDragStart={() => setDragged(item.id)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => drop(event, item.id)}
            aria-label={item.title}
            className={`rounded border bg-white p-3 ${dragged === item.id ? "border-brand-600 opacity-60" : "border-gray-200"}`}
          >
            <span aria-hidden="true" title="拖动以调整顺序" className="mr-2 cursor-grab select-none text-gray-400">
              ⠿
            </span>
            {item.content}
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" className="mt-1 text-sm text-gray-600">
        {message}
      </p>
    </>
  );
}
