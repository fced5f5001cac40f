/**
 * Whether this browser can give us a WebGL 2 context, which MapLibre 6 needs. The probe context is released at
 * once: browsers cap live WebGL contexts, and the map will want its own.
 */
export function hasWebGL2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
