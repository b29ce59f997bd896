## Cisco ICM (mosaico propio). Todo en la sección Configuración, como en el artículo.
## El artículo escribe las etiquetas en minúscula en el texto («zona horaria de la
## base de datos», «puerta de enlace periférica 1»): con mayúscula, como el producto.

catalogue-vendor-cisco-icm-description = Intelligent Contact Management de los centros de contacto de { -brand-cisco }, en tus propios servidores.
catalogue-model-cisco-icm-description = Importa datos de adherencia en tiempo real de { -brand-cisco-icm } a través de una versión propia de { -brand-cloud-link }.
setup-section-cisco-icm-configuration-help = { -brand-cisco-icm } necesita su propia versión de { -brand-cloud-link }: descárgala arriba, aunque ya uses { -brand-cloud-link } para otra integración. Los datos serán visibles cuando cada persona tenga su Skill Target ID de { -brand-unified-cce } como identificador externo.
setup-field-cisco-icm-connection-string-help = La cadena de conexión de tu base de datos de { -brand-cisco }, por ejemplo { "DRIVER={MS SQL Server};Server=myServerAddress;Database=myDataBase;UserId=myUsername;Password=myPassword;" }.
setup-field-cisco-icm-database-time-zone = Zona horaria de la base de datos
setup-field-cisco-icm-database-time-zone-help = La zona horaria de tu base de datos de { -brand-cisco }.
setup-field-cisco-icm-client-id = ID del cliente
setup-field-cisco-icm-client-id-help = El ID de tu cliente de { -brand-cisco-icm }. Su contraseña va en el campo de abajo.
setup-field-cisco-icm-peripheral-gateway-1 = Puerta de enlace periférica 1
setup-field-cisco-icm-peripheral-gateway-help = Direcciones IP o nombres DNS con sus puertos, separados por comas, por ejemplo { "192.168.0.1:42027, 192.168.0.2:43027" }. La primera es la puerta de enlace periférica del lado A y la segunda, la del lado B; con una sola dirección, { -brand-injixo } asume que no hay lado B.
setup-field-cisco-icm-peripheral-gateway-2 = Puerta de enlace periférica 2
setup-field-cisco-icm-peripheral-gateway-2-help = Opcional: tu segunda puerta de enlace periférica, con el mismo formato.
