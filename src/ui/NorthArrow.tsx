/** A north arrow for print (the map is never rotated). Decorative for screen readers. */
export function NorthArrow() {
  return (
    <svg className="north-arrow" width="28" height="44" viewBox="0 0 28 44" aria-hidden="true">
      <path d="M14 2 L24 32 L14 25 L4 32 Z" fill="#14181f" />
      <text x="14" y="43" textAnchor="middle" fontSize="12" fontWeight="700" fill="#14181f">
        N
      </text>
    </svg>
  );
}
