import type { CSSProperties } from 'react';
import type { PreparedText, TextStyle } from './text';

function textCss(style: TextStyle): CSSProperties {
  const css: CSSProperties = { fontSize: style.size, fontWeight: style.weight, color: style.color };
  // satori fails on a property present but undefined.
  if (style.lineHeight !== undefined) css.lineHeight = style.lineHeight;
  if (style.letterSpacing !== undefined) css.letterSpacing = style.letterSpacing;
  return css;
}

/**
 * One piece of a card's text: words satori sets, or the shaper's picture of them. A `block`
 * takes the width of its column and, in a right-to-left script, sits against its right edge.
 */
export function OgText({ value, block = false, style }: { value: PreparedText; block?: boolean; style?: CSSProperties }) {
  if (value.kind === 'text') {
    const css = { ...textCss(value.style), fontFamily: value.fontFamily, ...style };
    return block ? <div style={css}>{value.text}</div> : <span style={css}>{value.text}</span>;
  }
  // The picture is cropped to its ink; a line's height keeps it where a line of words would sit.
  const line = Math.round(value.style.size * (value.style.lineHeight ?? 1.25));
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: value.rtl ? 'flex-end' : 'flex-start',
        minHeight: line,
        ...(block ? { width: '100%' } : {}),
        ...style,
      }}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- satori draws it, no browser */}
      <img src={value.src} width={value.width} height={value.height} alt="" />
    </div>
  );
}
