/** The first view: Ukraine, Crimea and Moscow together. Shared by the WebGL map and its static SVG stand-in. */
export const INITIAL_BOUNDS: [number, number, number, number] = [29.5, 43.9, 40.6, 56.0];
