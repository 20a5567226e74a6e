// What nearly every file of the storage layer needs: the Azure Tables SDK (and Azure's ETag and request
// failures), the key scheme and the storage options. Core's record namespaces stay explicit.
global using Azure;
global using Azure.Data.Tables;
global using TeamsCrm.Storage.Configuration;
global using TeamsCrm.Storage.Keys;
