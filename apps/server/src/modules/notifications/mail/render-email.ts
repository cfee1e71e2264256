import { toPlainText } from "@react-email/render";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

// React Email's render() loads react-dom/server with a dynamic import(), which jest's CommonJS
// runtime refuses; the templates need no Suspense, so the synchronous renderer does the same work.
const DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/** An e-mail's two bodies. */
export interface RenderedEmail {
  html: string;
  text: string;
}

/** The HTML and plain-text bodies of a template (the text as React Email derives it). */
export function renderEmail(element: ReactElement): RenderedEmail {
  const html = `${DOCTYPE}${renderToStaticMarkup(element)}`;
  return { html, text: toPlainText(html) };
}
