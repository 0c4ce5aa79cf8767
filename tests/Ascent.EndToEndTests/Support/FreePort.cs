using System.Net;
using System.Net.Sockets;

namespace Ascent.EndToEndTests.Support;

/// <summary>Finds a loopback TCP port that is free right now.</summary>
/// <remarks>
/// Another process can take the port between this call and the caller binding it,
/// so callers that start a server retry with a new port when the bind fails.
/// </remarks>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
