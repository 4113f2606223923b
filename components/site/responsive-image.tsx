import { getImageProps } from 'next/image';
import { preload as preloadResource } from 'react-dom';

interface Props {
  src: string;
  alt: string;
  width: number;
  height: number;
  sizes: string;
  className?: string;
  /** The page's main image: fetched first and early, never lazily. */
  priority?: boolean;
  /** With `object-fit: cover`, which part of the picture the frame shows. */
  objectPosition?: string;
}

/**
 * next/image's optimizer and srcset, rendered as a plain <img> on the server: the reader site
 * ships no client-side image component (it costs script on every page and does nothing here).
 */
export function ResponsiveImage({ src, alt, width, height, sizes, className, priority = false, objectPosition }: Props) {
  const { props } = getImageProps({ src, alt, width, height, sizes, quality: 60, loading: priority ? 'eager' : 'lazy' });
  if (priority) {
    preloadResource(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  }
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- props come from getImageProps, alt included
  return <img {...props} className={className} style={objectPosition ? { objectPosition } : undefined} fetchPriority={priority ? 'high' : undefined} decoding="async" />;
}
