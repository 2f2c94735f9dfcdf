import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonBase, buttonClass, type ButtonVariant } from "./button-styles";

/** A link that looks like a button (新建, 导出 CSV…); navigation stays a link for assistive technology. */
export function LinkButton({ variant = "secondary", className, ...link }: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={`${buttonBase} ${buttonClass[variant]} ${className ?? ""}`} {...link} />;
}
