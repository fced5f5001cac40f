/** The mean radius of the Earth in km (IUGG), the figure turf's `distance` uses. */
const EARTH_RADIUS_KM = 6371.0088;
const toRad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * Great-circle distance in kilometres (haversine), with no dependency, so the map's chunk can use it without turf.
 * @example greatCircleKm([30.52, 50.45], [37.62, 55.75]) // about 756
 */
export function greatCircleKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
