"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

/** How far outside the screen a part starts loading, so it is there by the time it is scrolled to. */
const NEAR = "200px 0px";

/**
 * Shows `placeholder` (rendered on the server, readable at once) until the student comes near
 * it (scrolling within 200 px of it, pointing at it, or moving the focus into it), then
 * `children`, whose code loads only then. For parts far below the first screen (a lesson's
 * Practice exercises), so the first load does not fetch code nobody has scrolled to.
 */
export function MountWhenNear({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  const [near, setNear] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: NEAR },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  const come = near ? undefined : () => setNear(true);
  return (
    <div ref={box} onFocusCapture={come} onPointerEnter={come}>
      {near ? children : placeholder}
    </div>
  );
}
