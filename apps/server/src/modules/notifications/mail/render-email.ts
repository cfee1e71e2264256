import { render } from "@react-email/render";
import type { ReactElement } from "react";

/** An e-mail's two bodies. */
export interface RenderedEmail {
  html: string;
  text: string;
}

/** The HTML and plain-text bodies of a template. */
export async function renderEmail(element: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
