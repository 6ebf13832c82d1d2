# Data Cube normalisation, phase 1 (W3C RDF Data Cube, section 10): the types and
# qb:componentProperty links that the abbreviated forms imply.
PREFIX qb: <http://purl.org/linked-data/cube#>
INSERT { ?obs a qb:Observation } WHERE { ?group qb:observation ?obs } ;
INSERT { ?obs a qb:Observation } WHERE { ?obs qb:dataSet ?ds } ;
INSERT { ?slice a qb:Slice } WHERE { ?ds qb:slice ?slice } ;
INSERT { ?spec qb:componentProperty ?p . ?p a qb:DimensionProperty } WHERE { ?spec qb:dimension ?p } ;
INSERT { ?spec qb:componentProperty ?p . ?p a qb:MeasureProperty } WHERE { ?spec qb:measure ?p } ;
INSERT { ?spec qb:componentProperty ?p . ?p a qb:AttributeProperty } WHERE { ?spec qb:attribute ?p }
