import { Text } from "@mantine/core";
import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from "react";

const edgeShadow = (side: "left" | "right"): CSSProperties => ({
  position: "absolute",
  top: 0,
  bottom: 0,
  [side]: 0,
  width: 20,
  pointerEvents: "none",
  background: `linear-gradient(to ${side === "left" ? "right" : "left"}, rgba(0, 0, 0, 0.18), transparent)`,
});

/**
 * A wide table scrolls sideways inside its card on a phone. When it can, a line above it says so
 * and a shadow marks each side with more columns. The scrolling region is focusable and named, so
 * keyboard users can scroll it too.
 */
export function ScrollTable({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  const regionRef = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  const hintId = useId();
  useLayoutEffect(() => {
    const region = regionRef.current;
    if (!region) return;
    const measure = () => {
      const hidden = region.scrollWidth - region.clientWidth;
      setMore({ left: region.scrollLeft > 1, right: region.scrollLeft < hidden - 1 });
    };
    measure();
    region.addEventListener("scroll", measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(region);
    return () => {
      region.removeEventListener("scroll", measure);
      observer.disconnect();
    };
  }, []);
  const scrolls = more.left || more.right;
  return (
    // minWidth 0: as a grid or flex item the wrapper would otherwise grow to the table's width.
    <div style={{ minWidth: 0 }}>
      {scrolls && (
        <Text id={hintId} size="xs" c="dimmed" ta="right" mb={4}>
          Scroll sideways for more columns <span aria-hidden="true">↔</span>
        </Text>
      )}
      <div style={{ position: "relative" }}>
        <div
          ref={regionRef}
          className="table-scroll"
          // The containing block of visually hidden headers, so that they scroll with it too.
          style={{ position: "relative" }}
          role="region"
          aria-label={label}
          aria-describedby={scrolls ? hintId : undefined}
          tabIndex={0}
        >
          <div style={{ minWidth }}>{children}</div>
        </div>
        {more.left && <div aria-hidden="true" data-testid="more-left" style={edgeShadow("left")} />}
        {more.right && (
          <div aria-hidden="true" data-testid="more-right" style={edgeShadow("right")} />
        )}
      </div>
    </div>
  );
}
