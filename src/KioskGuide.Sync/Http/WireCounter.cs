namespace KioskGuide.Sync.Http;

/// <summary>Bytes that crossed the network for sync (headers and compressed bodies, both ways); for staff and the benchmark.</summary>
public sealed class WireCounter
{
    private long _sent;
    private long _received;

    public long BytesSent => Interlocked.Read(ref _sent);

    public long BytesReceived => Interlocked.Read(ref _received);

    internal void AddSent(long count) => Interlocked.Add(ref _sent, count);

    internal void AddReceived(long count) => Interlocked.Add(ref _received, count);
}
