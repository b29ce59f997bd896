## Interactive Intelligence CIC (mosaico Genesys). No existe artículo en español: las
## etiquetas son las del producto (product-ui external_system.in_in).

catalogue-model-inin-cic-description = Importa datos de adherencia en tiempo real de los servidores ACD de tu { -brand-interactive-intelligence-cic } a través de { -brand-cloud-link }.
setup-field-inin-cic-time-zone = Zona horaria
setup-field-inin-cic-time-zone-help = La zona horaria de tu ACD.
setup-field-inin-cic-acd-server-addresses = Direcciones del servidor del ACD
# El puerto predeterminado 42027 viene del producto.
setup-field-inin-cic-acd-server-addresses-help = El nombre DNS o la dirección IP de cada ACD con su puerto tras dos puntos, por ejemplo { "acd.example.com:8080" }. Sin puerto, { -brand-injixo } usa el puerto predeterminado 42027. Separa varios ACD con comas.
