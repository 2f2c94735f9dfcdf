/** Button looks shared by SubmitButton (client) and LinkButton (server), kept free of "use client". */
export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

export const buttonClass: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-brand-600/60",
  secondary: "border border-gray-300 bg-white text-gray-800 hover:bg-gray-50 disabled:text-gray-400",
  danger: "bg-accent-600 text-white hover:bg-red-800 disabled:bg-red-300",
  ghost: "text-brand-700 hover:bg-brand-50 disabled:text-gray-400",
};

export const buttonBase =
  "inline-flex items-center justify-center gap-1.5 rounded px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed";
