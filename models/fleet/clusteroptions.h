#pragma once

namespace rw {

/** \brief Parameters of ClusterIndex (the defaults are supercluster's, fleet-maps.md §2.3). */
struct ClusterOptions
{
    /** Cluster radius in screen pixels of the 256-px-tile map, at every zoom. */
    double radius = 40;
    /** Lowest zoom that gets clusters; clusters(…, zoom) below it returns this zoom's. */
    int minZoom = 0;
    /** Highest zoom that gets clusters; above it every vehicle is its own node. 0..24. */
    int maxZoom = 16;
    /** Leaf size of the per-zoom k-d trees. */
    int nodeSize = 64;
};

} // namespace rw
