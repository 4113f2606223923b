/** Size of every hero image; motifs draw in these pixel coordinates. */

export const W = 1600;
export const H = 900;
