using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Speech;

/// <summary>Registers read-aloud and talk-through: settings, espeak-ng, the per-screen state and its strings.</summary>
public static class SpeechServices
{
    public static IServiceCollection AddKioskSpeech(this IServiceCollection services)
    {
        services.AddOptions<SpeechOptions>().BindConfiguration(SpeechOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SpeechOptions>, SpeechOptionsValidator>();
        services.AddSingleton<EspeakSynthesizer>();
        services.AddSingleton<SpeechSessions>();
        services.AddScoped<SpeechState>();
        services.AddSingleton<SpeechWords>();
        services.AddLocalization();
        return services;
    }
}
