using System.Net;
using System.Net.Sockets;

namespace TeamsCrm.TestSupport;

/// <summary>Ports on 127.0.0.1 for child processes (the app, Azurite, the Playground).</summary>
public static class LoopbackPorts
{
    /// <summary>A port that was free a moment ago: picked, not reserved, so a start on it may still lose a race.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
