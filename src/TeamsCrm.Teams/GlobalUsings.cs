// What nearly every file of the protocol layer needs: System.Text.Json (the wire format), the activity schema
// and the bot's options. Everything else stays explicit.
global using System.Text.Json;
global using System.Text.Json.Nodes;
global using System.Text.Json.Serialization;
global using Microsoft.Extensions.Options;
global using TeamsCrm.Teams.Configuration;
global using TeamsCrm.Teams.Schema;
