# Data Cube normalisation, phase 2 (W3C RDF Data Cube, section 10): components attached to a
# data set, a slice or a measure property are copied down to each observation they apply to.
PREFIX qb: <http://purl.org/linked-data/cube#>
INSERT { ?obs ?comp ?value } WHERE {
  ?spec qb:componentProperty ?comp ; qb:componentAttachment qb:DataSet .
  ?ds qb:structure/qb:component ?spec ; ?comp ?value .
  ?obs qb:dataSet ?ds .
} ;
INSERT { ?obs ?comp ?value } WHERE {
  ?spec qb:componentProperty ?comp ; qb:componentAttachment qb:Slice .
  ?ds qb:structure/qb:component ?spec ; qb:slice ?slice .
  ?slice ?comp ?value ; qb:observation ?obs .
} ;
INSERT { ?obs ?comp ?value } WHERE {
  ?spec qb:componentProperty ?comp ; qb:componentAttachment qb:MeasureProperty .
  ?ds qb:structure/qb:component ?spec .
  ?obs qb:dataSet ?ds ; qb:measureType ?measure .
  ?measure ?comp ?value .
}
