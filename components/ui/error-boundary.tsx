"use client";
import { Component, type ReactNode } from "react";

interface ErrorBoundaryProps {
  /** Shown instead of the children once they have thrown. */
  fallback: ReactNode;
  /** Told once, e.g. to put the static view back and say why. */
  onError?(error: unknown): void;
  children: ReactNode;
}

/**
 * Keeps a failure in one widget (an editor chunk that cannot load offline or after a
 * deploy) from taking the whole page down: the rest of the lesson stays readable.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    this.props.onError?.(error);
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
