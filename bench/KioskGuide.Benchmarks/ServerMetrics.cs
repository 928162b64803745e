using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace KioskGuide.Benchmarks;

/// <summary>
/// Listens in-process to Blazor's own duration histograms (meters "Microsoft.AspNetCore.Components*", .NET 10),
/// so the host's share of a tap can be told apart from the network and the browser.
/// </summary>
internal sealed class ServerMetrics : IDisposable
{
    private const string MeterPrefix = "Microsoft.AspNetCore.Components";

    private readonly MeterListener _listener = new();
    private const string HandleEvent = "aspnetcore.components.handle_event.duration";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<HandlerRun> _handlerRuns = new();

    public ServerMetrics()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name.StartsWith(MeterPrefix, StringComparison.Ordinal) && IsHistogram(instrument))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Event handler runs since <see cref="Reset"/>, with the wall-clock time each ended (to line up with the page's clock).</summary>
    public IReadOnlyCollection<HandlerRun> HandlerRuns => _handlerRuns;

    public void Reset()
    {
        _byName.Clear();
        _handlerRuns.Clear();
    }

    /// <summary>One line per instrument (and component) seen since <see cref="Reset"/>: durations in ms, other units as they are.</summary>
    public void Print(int labelWidth)
    {
        if (_byName.IsEmpty)
        {
            Report.Line("  (no Blazor duration metrics were recorded)");
            return;
        }

        foreach (var (name, values) in _byName.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            Percentiles p = Percentiles.Of(values);
            Report.Row(labelWidth, "  " + name, p.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Report.Ms(p.P50), Report.Ms(p.P95), Report.Ms(p.Max));
        }
    }

    public void Dispose() => _listener.Dispose();

    private static bool IsHistogram(Instrument instrument) =>
        instrument.GetType().IsGenericType && instrument.GetType().GetGenericTypeDefinition() == typeof(Histogram<>);

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? component = null;
        foreach (var tag in tags)
        {
            if (tag.Key.EndsWith("components.type", StringComparison.Ordinal) && tag.Value is not null)
            {
                component = ShortTypeName(tag.Value.ToString() ?? "");
            }
        }

        double endedAt = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
        (double converted, string unit) = instrument.Unit switch
        {
            "s" => (value * 1000, ""),
            "ms" => (value, ""),
            _ => (value, $" ({instrument.Unit})"),
        };
        string name = instrument.Name.Replace("aspnetcore.components.", "", StringComparison.Ordinal) + unit;
        name = component is null ? name : $"{name} [{component}]";
        _byName.GetOrAdd(name, _ => new ConcurrentQueue<double>()).Enqueue(converted);
        if (instrument.Name == HandleEvent)
        {
            _handlerRuns.Enqueue(new HandlerRun(endedAt, converted));
        }
    }

    /// <summary>"Ns.CascadingValue`1[[System.String, ...]], Asm, ..." becomes "CascadingValue".</summary>
    private static string ShortTypeName(string typeName)
    {
        int cut = typeName.IndexOfAny([',', '`', '[']);
        string name = cut > 0 ? typeName[..cut] : typeName;
        return name[(name.LastIndexOf('.') + 1)..];
    }
}

/// <summary>One run of a component's event handler: when it ended (Unix ms, wall clock) and how long it took (ms).</summary>
internal sealed record HandlerRun(double EndedAtUnixMs, double DurationMs);
