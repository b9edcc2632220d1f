// Public prop types of the Caspian map component.
import type { MouseEvent, ReactNode } from 'react';
import type { MapFrame } from './map-geometry.ts';

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
  /**
   * Drawn inside the map's SVG with its projection, above the countries and below the markers;
   * `labelScale` (≥ 1) enlarges text when the map is shown small, as it does the map's own labels.
   */
  overlay?: (frame: MapFrame, labelScale: number) => ReactNode;
  /** Called when one of the map's province or port links is clicked (or activated from the keyboard). */
  onLinkClick?: (event: MouseEvent<Element>) => void;
};
