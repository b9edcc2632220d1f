// Public prop types of the Caspian map component.

export type MapProvince = {
  id: string;
  name: string;
  countryCode: string;
  lat: number;
  lon: number;
  href: string;
  isHost?: boolean;
};

export type MapPort = { id: string; name: string; lat: number; lon: number; href?: string };

export type CaspianMapProps = {
  provinces: MapProvince[];
  ports: MapPort[];
  highlightProvinceId?: string;
  /** Accessible name of the map (used as the SVG's aria-label). */
  title: string;
  className?: string;
};
