using KioskGuide.Kiosk.Staff;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Kiosk.Tests;

/// <summary>The staff PIN: stored as a hash only; five wrong PINs lock staff mode for five minutes, the right one too.</summary>
public sealed class StaffGateTests
{
    private static readonly string Hash = StaffPin.Hash("2468", iterations: 1000);

    private static (StaffGate Gate, FakeTimeProvider Clock) Gate(string? hash = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new StaffOptions { PinHash = hash ?? Hash });
        return (new StaffGate(options, clock, NullLogger<StaffGate>.Instance), clock);
    }

    [Fact]
    public void The_hash_is_salted_and_verifies_only_the_right_PIN()
    {
        Assert.NotEqual(StaffPin.Hash("2468", 1000), StaffPin.Hash("2468", 1000));
        Assert.True(StaffPin.Verify("2468", Hash));
        Assert.False(StaffPin.Verify("2469", Hash));
        Assert.False(StaffPin.Verify("2468", "not a hash"));
        Assert.DoesNotContain("2468", Hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1234", true)]
    [InlineData("12345678", true)]
    [InlineData("123", false)]
    [InlineData("123456789", false)]
    [InlineData("12a4", false)]
    public void A_PIN_is_4_to_8_digits(string pin, bool ok) => Assert.Equal(ok, StaffPin.IsWellFormed(pin));

    [Fact]
    public void Five_wrong_PINs_lock_for_five_minutes_even_against_the_right_one_then_it_opens_again()
    {
        var (gate, clock) = Gate();
        for (var left = 4; left >= 1; left--)
        {
            Assert.Equal(new PinOutcome.Wrong(left), gate.Try("0000"));
        }

        var locked = Assert.IsType<PinOutcome.Locked>(gate.Try("0000"));
        Assert.Equal(clock.GetUtcNow().AddMinutes(5), locked.Until);
        Assert.IsType<PinOutcome.Locked>(gate.Try("2468"));

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.IsType<PinOutcome.Accepted>(gate.Try("2468"));
    }

    [Fact]
    public void The_right_PIN_forgets_earlier_wrong_ones()
    {
        var (gate, _) = Gate();
        gate.Try("0000");
        gate.Try("0000");
        Assert.IsType<PinOutcome.Accepted>(gate.Try("2468"));
        Assert.Equal(new PinOutcome.Wrong(4), gate.Try("0000"));
    }

    [Fact]
    public void Without_a_PIN_hash_staff_mode_is_off()
    {
        var (gate, _) = Gate(hash: "");
        Assert.False(gate.IsEnabled);
        Assert.IsType<PinOutcome.Off>(gate.Try("2468"));
    }
}
