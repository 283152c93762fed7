"""The portal: many agencies' sites built on Dask and one province-wide view of them
(`ita-site portal build`). config reads PORTAL.yml, task is one agency's build on a worker,
run fans builds out and keeps the state, rows/pages/site make the portal's own pages, and
core is the only module that calls the domain core."""
