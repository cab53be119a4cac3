import type { AccordionPanelProps } from "@fluentui/react-components";
import { useRef, type ElementType, type ReactNode } from "react";

type MotionSlot = NonNullable<AccordionPanelProps["collapseMotion"]>;
type RenderProps = { visible?: boolean; unmountOnExit?: boolean; children: ReactNode };

/**
 * Fluent's Collapse reads a panel's scrollHeight in a layout effect when it mounts, even for a panel
 * that is open from the start and does not animate (@fluentui/react-motion createPresenceComponent:
 * the presence function is called before `finish()`). That read makes the browser lay out the whole page
 * inside React's commit, before the pane's first paint — about 25 ms of the Set up view's first render in
 * headless Chromium here (issue 15; bench/firstRender.ts), for nothing the user sees.
 *
 * So a panel open from the start shows its content as it is; from its first close on, Fluent's Collapse
 * takes over (the content is gone while closed anyway: unmountOnExit), and every later open and close
 * animates as before. Only that first close is instant.
 */
function OpenFromStart({ Motion, visible, children, ...rest }: RenderProps & { Motion: ElementType }) {
  const still = useRef(visible === true);
  if (!visible) still.current = false;
  if (still.current) return <>{children}</>;
  return (
    <Motion visible={visible} {...rest}>
      {children}
    </Motion>
  );
}

/** AccordionPanel's `collapseMotion` for panels that may be open when the pane first renders. */
export const openFromStartMotion: MotionSlot = {
  children: (Motion, props) => <OpenFromStart Motion={Motion as ElementType} {...(props as RenderProps)} />,
};
