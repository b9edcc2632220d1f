import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The same badge held in front of the camera is read many times a second; it counts once in this window.
const SAME_CODE_PAUSE_MS = 4000;
// Frames are scaled down to this width: plenty for a badge's QR code, and light on a phone.
const FRAME_WIDTH = 640;

type CameraState = 'off' | 'starting' | 'on' | 'unavailable' | 'denied';
type DecodeQr = typeof import('jsqr').default;

function stopTracks(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** The device's camera, read frame by frame with jsQR on a canvas; each new code is handed on. */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation('badges');
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const lastRef = useRef<{ code: string; at: number } | null>(null);
  // jsQR is loaded with the camera, so only the check-in desk downloads it, not every visitor.
  const decodeRef = useRef<DecodeQr | null>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  const [state, setState] = useState<CameraState>('off');

  const stop = () => {
    stopTracks(streamRef.current);
    streamRef.current = null;
    setState('off');
  };

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) return setState('unavailable');
    setState('starting');
    try {
      decodeRef.current ??= (await import('jsqr')).default;
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      streamRef.current = stream;
      const video = videoRef.current!;
      video.srcObject = stream;
      await video.play();
      setState('on');
    } catch (error) {
      setState(error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'unavailable');
    }
  };

  useEffect(() => {
    if (state !== 'on') return;
    let frame = 0;
    const scan = () => {
      const video = videoRef.current;
      const canvas = canvasRef.current;
      const decode = decodeRef.current;
      if (decode && video && canvas && video.readyState >= video.HAVE_ENOUGH_DATA && video.videoWidth > 0) {
        const scale = Math.min(1, FRAME_WIDTH / video.videoWidth);
        canvas.width = Math.round(video.videoWidth * scale);
        canvas.height = Math.round(video.videoHeight * scale);
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = decode(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
        const now = Date.now();
        const last = lastRef.current;
        if (found?.data && !(last && last.code === found.data && now - last.at < SAME_CODE_PAUSE_MS)) {
          lastRef.current = { code: found.data, at: now };
          onCodeRef.current(found.data);
        }
      }
      frame = requestAnimationFrame(scan);
    };
    frame = requestAnimationFrame(scan);
    return () => cancelAnimationFrame(frame);
  }, [state]);

  useEffect(() => () => stopTracks(streamRef.current), []);

  return (
    <div className="qr-scanner">
      <video ref={videoRef} muted playsInline hidden={state !== 'on'} className="qr-video" />
      <canvas ref={canvasRef} hidden />
      {state === 'on' ? (
        <>
          <p className="scanner-hint">{t('checkIn.scanning')}</p>
          <button type="button" onClick={stop}>
            {t('checkIn.stopCamera')}
          </button>
        </>
      ) : (
        <button type="button" onClick={start} disabled={state === 'starting'} data-testid="start-camera">
          {t('checkIn.startCamera')}
        </button>
      )}
      {state === 'unavailable' && <p className="scanner-note">{t('checkIn.cameraUnavailable')}</p>}
      {state === 'denied' && <p className="scanner-note">{t('checkIn.cameraDenied')}</p>}
    </div>
  );
}
