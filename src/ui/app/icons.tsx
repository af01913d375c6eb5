/** Small inline SVG icons for the run bar (no icon font needed). */
const box = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

export const IconPlay = () => (
  <svg {...box}>
    <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
  </svg>
);
export const IconPause = () => (
  <svg {...box}>
    <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" fill="currentColor" />
  </svg>
);
export const IconStart = () => (
  <svg {...box}>
    <path d="M3 2.5h2v11H3zM13 2.5v11L6 8z" fill="currentColor" />
  </svg>
);
export const IconBack = () => (
  <svg {...box}>
    <path d="M12 2.5v11L4 8z" fill="currentColor" />
  </svg>
);
