import { Text, UnstyledButton } from "@mantine/core";
import { useId, useLayoutEffect, useRef, useState } from "react";

/**
 * A long text (a 2,000-character note) cut to a few lines, with "Show more" when it is cut, so one
 * note does not make a list or a card thousands of pixels tall on a phone.
 */
export function ClampedText({ text, lines = 3 }: { text: string; lines?: number }) {
  const [expanded, setExpanded] = useState(false);
  const [cut, setCut] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const id = useId();
  useLayoutEffect(() => {
    const element = textRef.current;
    if (!element || expanded) return;
    const measure = () => setCut(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [text, expanded]);
  return (
    <>
      <Text
        ref={textRef}
        id={id}
        size="sm"
        component="div"
        lineClamp={expanded ? undefined : lines}
        style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
      >
        {text}
      </Text>
      {(cut || expanded) && (
        <UnstyledButton
          onClick={() => setExpanded(!expanded)}
          aria-expanded={expanded}
          aria-controls={id}
          fz="sm"
          fw={600}
          c="var(--mantine-color-anchor)"
          td="underline"
        >
          {expanded ? "Show less" : "Show more"}
        </UnstyledButton>
      )}
    </>
  );
}
